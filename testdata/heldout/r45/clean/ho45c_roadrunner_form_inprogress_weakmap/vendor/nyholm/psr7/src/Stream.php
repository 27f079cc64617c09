<?php

namespace Nyholm\Psr7;

use Psr\Http\Message\StreamInterface;

final class Stream implements StreamInterface
{
    public function __construct(private string $buffer = '')
    {
    }

    public static function create(string $body = ''): self
    {
        return new self($body);
    }

    public function __toString(): string
    {
        return $this->buffer;
    }

    public function write(string $string): int
    {
        $this->buffer .= $string;

        return strlen($string);
    }

    public function getSize(): ?int
    {
        return strlen($this->buffer);
    }
}
