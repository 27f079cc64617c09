<?php

namespace Psr\Http\Message;

interface ServerRequestInterface extends MessageInterface
{
    public function getMethod(): string;

    public function getUri(): string;

    public function getParsedBody();

    public function getAttributes(): array;

    public function getAttribute(string $name, $default = null);

    public function withAttribute(string $name, $value): ServerRequestInterface;
}
