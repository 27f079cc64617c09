<?php
namespace App\Message;

final class SendInvoice
{
    /** @param list<array{string, int}> $lines */
    public function __construct(public readonly string $number, public readonly string $email, public readonly string $country, public readonly array $lines) {}
}
