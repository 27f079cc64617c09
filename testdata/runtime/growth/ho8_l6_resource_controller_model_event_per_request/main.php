<?php
// Laravel CMS under Octane: Route::resource('posts') sends POST /posts to PostController@store, which hooks a saving callback on the Post model before saving.

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $author = ['id' => $i, 'name' => "Author {$i}", 'bio' => str_repeat("Writes about PHP runtimes. ", 20)];
    $app->make('router')->dispatch(new Request('POST', '/posts', ['title' => "Release notes {$i}", 'body' => str_repeat('Lorem ipsum ', 30), 'author' => $author]));
}
