<?php

namespace App\Imports;

final class ImportedContact
{
    public function __construct(public readonly string $email, public readonly string $name, public readonly array $tags, public readonly string $notes) {}
}
