<?php

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/vendor/swoole/Http.php';
require __DIR__ . '/src/Signing/Envelope.php';
require __DIR__ . '/src/Signing/SigningSession.php';
require __DIR__ . '/src/Signing/SessionFactory.php';
require __DIR__ . '/src/Http/SignController.php';

use App\Http\SignController;
use App\Signing\SessionFactory;
use Swoole\Http\Request;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$controller = new SignController(new SessionFactory());
$server->on('request', $controller(...));

function incoming(int $n): Generator
{
    for ($i = 0; $i < $n; $i++) {
        $request = new Request();
        $request->server = ['request_uri' => '/envelopes/sign', 'request_time' => 1700000000 + $i];
        $request->post = [
            'envelope_id' => sprintf('env_%08x', 0x5000 + $i),
            'document_hash' => hash('sha256', "contract-$i"),
            'signer' => "signer$i@lawfirm.test",
            'fields' => ['initials_p1', 'signature_p4'],
            'signatures' => ['initials_p1' => "ink:$i:A", 'signature_p4' => "ink:$i:B"],
        ];
        yield $request;
    }
}

$server->serve(incoming((int) (getenv('PHPLEAK_N') ?: 100)));
