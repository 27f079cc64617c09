<?php

namespace SupportBot\Bot;

final class DialogScope
{
    /** @var array<string, string> */
    public array $slots = [];

    public function __construct(
        public readonly Update $update,
        public readonly string $correlationId,
        public readonly array $history,
    ) {
    }
}
