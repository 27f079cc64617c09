<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/http.php';
require __DIR__ . '/src/Blog/Article.php';
require __DIR__ . '/src/Http/ArticleController.php';

use App\Blog\ArticleRepository;
use App\Http\ArticleController;
use Illuminate\Http\Request;
use Illuminate\View\Factory;
use Laravel\Octane\Worker;

$views = new Factory();
$views->addTemplate('articles.show', static function (array $data): string {
    $data['response']->header('Cache-Control', 'public, s-maxage=300');
    $related = implode('', array_map(
        static fn ($a) => sprintf('<li><a href="/articles/%s">%s</a></li>', $a->slug, htmlspecialchars($a->title)),
        $data['related'],
    ));

    return sprintf(
        '<html lang="%s"><h1>%s</h1><p class="byline">by %s</p><article>%s</article><ul>%s</ul></html>',
        $data['locale'],
        htmlspecialchars($data['title']),
        $data['article']->author,
        $data['article']->body,
        $related,
    );
});

$controller = new ArticleController(new ArticleRepository(), $views);
$worker = new Worker(['articles' => [$controller, 'show']]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('GET', "/articles/release-notes-{$i}?ref=feed", ['accept-language' => $i % 2 ? 'de' : 'en']));
}
