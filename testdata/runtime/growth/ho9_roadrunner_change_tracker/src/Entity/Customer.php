<?php

namespace App\Entity;

final class Customer
{
    public function __construct(
        public int $id,
        public string $name,
        public string $phone,
        public string $note,
    ) {}
}
