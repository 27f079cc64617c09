<?php

namespace Community\Mention;

final class Mention
{
    public function __construct(public readonly string $handle, public readonly string $context)
    {
    }
}
