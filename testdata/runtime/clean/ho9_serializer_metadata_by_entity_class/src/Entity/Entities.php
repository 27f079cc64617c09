<?php
namespace App\Entity;

final class Product
{
    public function __construct(public int $id, public string $sku, public string $title, public string $description) {}
}

final class Category { public function __construct(public int $id, public string $slug, public string $label) {} }
