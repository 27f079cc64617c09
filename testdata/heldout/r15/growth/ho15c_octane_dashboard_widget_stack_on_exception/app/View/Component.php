<?php

declare(strict_types=1);

namespace App\View;

abstract class Component
{
    /** @var array<string, mixed> */
    protected array $data = [];

    public function __construct(public readonly string $id, protected readonly array $user)
    {
    }

    public function mount(array $params): void
    {
        $this->data = $params;
    }

    abstract public function render(): string;
}

final class AuthorizationException extends \RuntimeException
{
}
