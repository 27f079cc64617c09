<?php
declare(strict_types=1);

namespace Api\Model;

/**
 * @property-read int    $id
 * @property-read string $name
 * @property-read string $email
 * @property-read string $country_code
 */
final class Customer extends Model
{
    protected static function table(): string
    {
        return 'customers';
    }

    public function country(): ?Country
    {
        return Country::find($this->country_code);
    }

    public function displayName(): string
    {
        return sprintf('%s <%s>', $this->name, $this->email);
    }
}
