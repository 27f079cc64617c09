<?php

declare(strict_types=1);

namespace App\Dev;

use Nyholm\Psr7\ServerRequest;
use Spiral\RoadRunner\Http\RequestSource;

/** Replays captured signalling traffic of a busy evening into the worker. */
final class RecordedSignalTraffic implements RequestSource
{
    private int $i = 0;

    public function __construct(private readonly int $count, private readonly array $peers)
    {
    }

    public function receive(): ?ServerRequest
    {
        if ($this->i >= $this->count) {
            return null;
        }
        $i = $this->i++;
        $types = ['offer', 'ice', 'ice', 'answer', 'ice', 'hangup'];
        $type = $types[$i % \count($types)];
        $from = $this->peers[$i % \count($this->peers)];
        $to = $this->peers[($i * 3 + 1) % \count($this->peers)];
        $callId = \sprintf('call-%s', \substr(\sha1('call' . \intdiv($i, 6)), 0, 12));
        $payload = match ($type) {
            'offer', 'answer' => ['sdp' => "v=0\r\no=- " . (4611731400430051336 + $i) . " 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"],
            'ice' => ['candidate' => \sprintf('candidate:%d 1 udp 2122260223 10.%d.%d.%d %d typ host generation 0', 842163049 + $i, $i % 200, ($i * 7) % 250, ($i * 13) % 250, 50000 + $i % 15000), 'sdpMid' => '0'],
            'hangup' => ['reason' => 'bye'],
        };
        $request = new ServerRequest('POST', "/calls/{$callId}/signal", [
            'content-type' => 'application/json',
            'traceparent' => \sprintf('00-%s-%s-01', \md5('trace' . $i), \substr(\md5('span' . $i), 0, 16)),
            'user-agent' => $i % 2 ? 'MeetApp/5.2 (Android 14; Pixel 8)' : 'MeetApp/5.2 (iOS 17.2; iPhone15,3)',
            'x-received-at' => (string) (1700000000.0 + $i * 0.25),
            'x-edge-region' => ['fra', 'ams', 'lhr'][$i % 3],
        ], \json_encode(['type' => $type, 'from' => $from, 'to' => $to, 'payload' => $payload]));

        return $request->withAttribute('callId', $callId);
    }
}
