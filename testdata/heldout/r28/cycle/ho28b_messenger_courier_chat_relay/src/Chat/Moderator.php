<?php
namespace App\Chat;

final class Moderator
{
    /** @param list<string> $blocked */
    public function __construct(private array $blocked) {}

    public function mask(string $body): string
    {
        return str_ireplace($this->blocked, '***', $body);
    }
}
