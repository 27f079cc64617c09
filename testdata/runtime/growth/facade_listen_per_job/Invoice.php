<?php

final class Invoice
{
    public bool $sent = false;

    public function __construct(public readonly int $id, public readonly string $email, public readonly string $lines) {}
}
