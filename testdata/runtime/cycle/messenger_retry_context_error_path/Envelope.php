<?php

final class Envelope
{
    public ?RetryContext $retry = null;

    public function __construct(public readonly string $id, public readonly string $body) {}
}
