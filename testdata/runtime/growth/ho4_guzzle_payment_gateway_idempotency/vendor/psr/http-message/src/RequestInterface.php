<?php

declare(strict_types=1);

namespace Psr\Http\Message;

interface RequestInterface extends MessageInterface
{
    public function getMethod(): string;

    public function getUri(): string;
}
