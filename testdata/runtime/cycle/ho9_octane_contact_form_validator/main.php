<?php
// A Laravel Octane worker handles contact-form posts, building each form from a prototype held by a singleton form factory.
require __DIR__ . '/src/Stub/Laravel.php';
require __DIR__ . '/app/Forms/Form.php';
require __DIR__ . '/app/Forms/ContactFormFactory.php';
require __DIR__ . '/app/Http/Controllers/ContactController.php';

use App\Forms\ContactFormFactory;
use App\Http\Controllers\ContactController;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$router = new Router();
require __DIR__ . '/routes/web.php';

$factory = new ContactFormFactory();
$worker = new Worker($router, [ContactController::class => fn () => new ContactController($factory)]);

for ($i = 0; $i < $n; $i++) {
    $message = str_repeat('I would like a quote for the enterprise plan. ', 10);
    $worker->handle(new Request('POST', '/contact', ['name' => "Visitor {$i}", 'email' => "visitor{$i}@example.net", 'message' => $message]));
}
