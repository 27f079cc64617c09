<?php
namespace App\Message;

final class CatalogChanged
{
    public function __construct(public readonly object $entity) {}
}
