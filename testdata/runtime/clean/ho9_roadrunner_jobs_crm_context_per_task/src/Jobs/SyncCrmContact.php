<?php

namespace App\Jobs;

use App\Context\RequestContext;

final class SyncCrmContact
{
    public array $synced = [];

    public function handle(array $payload): void
    {
        $contact = [
            'external_id' => 'crm_' . $payload['contact_id'],
            'email' => strtolower($payload['email']),
            'company' => trim($payload['company']),
        ];
        RequestContext::current()->record('crm.contact.upserted', $contact + ['notes' => $payload['notes']]);
        $this->synced[$payload['contact_id'] % 20] = $contact['external_id'];
    }
}
