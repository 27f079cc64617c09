<?php
// Symfony kernel booted once and reused for PHPLEAK_N long-poll requests to an AbstractController #[Route] action that tracks the newest message id per chat room.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Chat/MessageStore', 'Controller/ChatController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$rooms = ['general', 'random', 'support', 'releases'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/chat/' . $rooms[$i % 4] . '/poll', ['since' => max(0, $i - 3)], ['x-user-id' => "member-{$i}"]);
    $response = $kernel->handle($request);
}
