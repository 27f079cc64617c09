<?php

final class Message
{
    public function __construct(public readonly string $id, public readonly string $body) {}
}
