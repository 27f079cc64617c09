<?php

namespace App\Streaming;

final class RenditionLadder
{
    public const DEFAULT = 'hd';

    /** name => list of [height, bandwidth, codecs] */
    public const LADDERS = [
        'sd' => [
            [360, 800000, 'avc1.4d401e,mp4a.40.2'],
            [480, 1400000, 'avc1.4d401f,mp4a.40.2'],
        ],
        'hd' => [
            [360, 800000, 'avc1.4d401e,mp4a.40.2'],
            [720, 2800000, 'avc1.4d401f,mp4a.40.2'],
            [1080, 5000000, 'avc1.640028,mp4a.40.2'],
        ],
        'uhd' => [
            [720, 2800000, 'avc1.4d401f,mp4a.40.2'],
            [1080, 5000000, 'avc1.640028,mp4a.40.2'],
            [2160, 16000000, 'hvc1.2.4.L153.B0,mp4a.40.2'],
        ],
    ];

    public static function resolve(string $requested): string
    {
        return isset(self::LADDERS[$requested]) ? $requested : self::DEFAULT;
    }

    /** @return list<array{0: int, 1: int, 2: string}> */
    public static function variants(string $ladder): array
    {
        return self::LADDERS[self::resolve($ladder)];
    }
}
