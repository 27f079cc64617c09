<?php

namespace App\Support;

final class QueueKey
{
    public static function forDevice(int $listenerId, string $deviceId): string
    {
        return sprintf('play-queue:%d:%s', $listenerId, strtolower($deviceId));
    }
}
