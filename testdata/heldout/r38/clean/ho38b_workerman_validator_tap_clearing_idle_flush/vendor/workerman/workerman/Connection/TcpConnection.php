<?php

declare(strict_types=1);

namespace Workerman\Connection;

/** Stand-in for a validator's TCP connection (text protocol, one JSON frame per line). */
class TcpConnection
{
    public int $sent = 0;

    public function __construct(private string $remoteAddress, private string $deviceId)
    {
    }

    public function getRemoteAddress(): string
    {
        return $this->remoteAddress;
    }

    public function send(string $data): bool
    {
        $this->sent += strlen($data);

        return true;
    }

    /** What the device on this socket sends next: taps, with a heartbeat every fourth frame. */
    public function nextFrame(int $i): string
    {
        $ts = 1717221600 + $i * 9;
        if ($i % 4 === 3) {
            return json_encode(['type' => 'heartbeat', 'device' => $this->deviceId, 'ts' => $ts, 'fw' => '4.12.1']) . "\n";
        }

        return json_encode([
            'type' => 'tap',
            'device' => $this->deviceId,
            'seq' => $i,
            'ts' => $ts,
            'card' => ['uid' => strtoupper(bin2hex(pack('NN', crc32('card' . $i), $i))), 'media' => $i % 5 === 0 ? 'EMV' : 'DESFIRE_EV2'],
            'product' => ['ZONE_2', 'ZONE_3', 'DAY_PASS', 'HALF_FARE'][$i % 4],
            'stop' => sprintf('ch:1:sloid:%d', 7000 + ($i * 13) % 40),
            'zones' => [110, 111 + $i % 3],
            'sig' => base64_encode(hash('sha256', 'tap' . $i, true)),
        ]) . "\n";
    }
}
