<?php
// Clean look-alike: the subscriber's only growing method (addLocale) is not in getSubscribedEvents; the container calls it
// three times when it creates the service; the subscribed onKernelRequest only reads the list.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/OrderController.php';
require_once __DIR__.'/src/EventSubscriber/LocaleSubscriber.php';

$kernel = new Kernel('prod', false);

$languages = ['fr-FR,fr;q=0.9,en;q=0.8', 'de-CH,de;q=0.9', 'en-GB,en;q=0.9', 'it-IT,it;q=0.9'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/orders/{$i}", 'GET', ['expand' => 'lines'], [], [], [
        'HTTP_ACCEPT_LANGUAGE' => $languages[$i % 4],
        'HTTP_USER_AGENT' => "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.{$i}.0 Safari/537.36 ".str_repeat('x', 200),
        'HTTP_X_REQUEST_ID' => sprintf('req-%08d-%s', $i, md5((string) $i)),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
