<?php

require __DIR__ . '/vendor/frankenphp-shim/worker.php';
require __DIR__ . '/vendor/voipco/webhooks/StatusCallback.php';
require __DIR__ . '/src/Calls/CallSession.php';
require __DIR__ . '/src/Calls/ActiveCallRegistry.php';
require __DIR__ . '/src/Calls/CdrWriter.php';
require __DIR__ . '/src/Http/CallStatusController.php';

use App\Calls\ActiveCallRegistry;
use App\Calls\CdrWriter;
use App\Http\CallStatusController;

function status_callback_replay(int $calls): Generator
{
    $outcomes = ['completed', 'busy', 'completed', 'no-answer'];
    for ($i = 0; $i < $calls; $i++) {
        $sid = 'CA' . bin2hex(random_bytes(16));
        $account = 'AC' . str_repeat((string) ($i % 3), 32);
        $base = [
            'CallSid' => $sid,
            'AccountSid' => $account,
            'From' => '+4420' . str_pad((string) (($i * 131) % 100000000), 8, '0', STR_PAD_LEFT),
            'To' => '+4479' . str_pad((string) (($i * 7919) % 100000000), 8, '0', STR_PAD_LEFT),
            'Direction' => 'outbound-api',
            'SipHeader_X-Campaign-Id' => 'cmp_' . ($i % 12),
            'SipHeader_P-Asserted-Identity' => '<sip:+4420' . ($i % 1000) . '@trunk.voipco.example;user=phone>',
            'SipHeader_Diversion' => '<sip:+4420700' . ($i % 100) . '@pbx.example>;reason=unconditional;counter=1',
            'SipHeader_User-Agent' => 'VoipCo-SBC/4.2.1 build ' . (18000 + $i % 7),
            'SipHeader_X-Correlation' => bin2hex(random_bytes(16)),
        ];
        $server = ['REQUEST_METHOD' => 'POST', 'REQUEST_URI' => '/webhooks/voice/status', 'HTTP_X_VOIPCO_SIGNATURE' => base64_encode(random_bytes(20))];
        yield [$server, $base + ['CallStatus' => 'initiated', 'SequenceNumber' => '0']];
        yield [$server, $base + ['CallStatus' => 'ringing', 'SequenceNumber' => '1']];
        $final = $outcomes[$i % 4];
        yield [$server, $base + ['CallStatus' => $final, 'SequenceNumber' => '2'] + ($final === 'completed' ? ['CallDuration' => (string) (20 + $i % 300)] : [])];
    }
}

// Boot once.
$controller = new CallStatusController(
    new ActiveCallRegistry(),
    new CdrWriter('/dev/null'),
    ['AC' . str_repeat('0', 32) => 'trunk-lon-1', 'AC' . str_repeat('1', 32) => 'trunk-lon-2', 'AC' . str_repeat('2', 32) => 'trunk-man-1'],
);

FrankenphpReplay::$source = status_callback_replay((int) (getenv('PHPLEAK_N') ?: 100));

$handler = static function () use ($controller): void {
    http_response_code($controller($_POST, $_SERVER['REQUEST_TIME_FLOAT']));
};

while (frankenphp_handle_request($handler)) {
    // next request
}
