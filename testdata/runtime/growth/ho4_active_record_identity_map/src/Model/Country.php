<?php
declare(strict_types=1);

namespace Api\Model;

/**
 * @property-read string $id
 * @property-read string $name
 */
final class Country extends Model
{
    protected static function table(): string
    {
        return 'countries';
    }
}
