<?php

declare(strict_types=1);

namespace App\Http\Controllers;

final class ContactData
{
    /** @param array<string, scalar> $customFields */
    public function __construct(
        public readonly string $firstName,
        public readonly string $lastName,
        public readonly string $email,
        public readonly array $customFields,
    ) {
    }
}

final class ContactController
{
    public function update(array $request): array
    {
        $input = $request['input'];
        $contact = new ContactData(
            $input['first_name'] ?? '',
            $input['last_name'] ?? '',
            strtolower($input['email_address'] ?? ''),
            $input['custom_fields'] ?? [],
        );

        return [
            'status' => 200,
            'body' => json_encode(['id' => $request['route']['contact'], 'fields' => count($contact->customFields)]),
        ];
    }
}
