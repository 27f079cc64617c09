<?php

namespace App\Message;

final class ReindexProduct
{
    public function __construct(public readonly int $productId, public readonly string $title, public readonly string $body) {}
}
