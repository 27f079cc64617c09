<?php

final class Connection
{
    use EmitsEvents;

    public string $buffer = '';
    public bool $ended = false;

    public function __construct(public readonly int $fd, public readonly string $remote) {}
}
