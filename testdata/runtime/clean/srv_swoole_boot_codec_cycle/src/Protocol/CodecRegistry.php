<?php

namespace App\Protocol;

final class CodecRegistry
{
    /** @var array<string, PositionCodec> */
    private array $codecs = [];

    public function register(string $type, PositionCodec $codec): void
    {
        $this->codecs[$type] = $codec;
    }

    public function get(string $type): ?PositionCodec
    {
        return $this->codecs[$type] ?? null;
    }
}
