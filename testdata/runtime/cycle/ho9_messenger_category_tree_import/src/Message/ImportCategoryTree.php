<?php
namespace App\Message;

final class ImportCategoryTree
{
    public function __construct(public readonly string $shop, public readonly array $paths) {}
}
