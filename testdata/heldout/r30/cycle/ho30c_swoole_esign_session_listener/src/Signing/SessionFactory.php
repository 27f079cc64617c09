<?php

namespace App\Signing;

use Evenement\EventEmitter;

final class SessionFactory
{
    public function open(array $payload): SigningSession
    {
        $fields = [];
        foreach ($payload['fields'] as $fieldId) {
            $fields[$fieldId] = $payload['signer'];
        }

        $envelope = new Envelope($payload['envelope_id'], $payload['document_hash'], $fields);

        return new SigningSession($envelope, $payload['signer'], new EventEmitter());
    }
}
