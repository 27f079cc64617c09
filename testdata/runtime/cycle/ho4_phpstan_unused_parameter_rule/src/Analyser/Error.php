<?php

declare(strict_types=1);

namespace PHPStan\Analyser;

/**
 * @api
 */
final class Error
{
    public function __construct(
        private string $message,
        private string $file,
        private ?int $line = null,
        private ?string $identifier = null,
    ) {
    }

    public function getMessage(): string
    {
        return $this->message;
    }

    public function getFile(): string
    {
        return $this->file;
    }

    public function getLine(): ?int
    {
        return $this->line;
    }

    public function getIdentifier(): ?string
    {
        return $this->identifier;
    }
}
