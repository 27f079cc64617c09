<?php
namespace App\Models;

final class User
{
    public function __construct(public readonly int $id, public readonly string $name, public readonly string $bio) {}
}
