<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

final class Workspace
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $name,
        public readonly array $settings = [],
    ) {
    }
}

final class Project extends Model
{
    protected string $table = 'projects';
}

final class Invoice extends Model
{
    protected string $table = 'invoices';
}
