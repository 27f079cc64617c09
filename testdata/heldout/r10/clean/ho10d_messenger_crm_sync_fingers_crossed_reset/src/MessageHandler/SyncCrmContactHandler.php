<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Crm\CrmApiClient;
use App\Message\SyncCrmContact;
use Psr\Log\LoggerInterface;

final class SyncCrmContactHandler
{
    public function __construct(private readonly CrmApiClient $crm, private readonly LoggerInterface $logger)
    {
    }

    public function __invoke(SyncCrmContact $message): void
    {
        $properties = [];
        foreach ($message->changedFields as $field => $value) {
            $properties[str_replace('_', '', ucwords($field, '_'))] = $value;
        }
        $crmId = $this->crm->upsertContact($message->email, $properties);
        $this->logger->info('Contact synced to CRM', ['user_id' => $message->userId, 'crm_id' => $crmId, 'fields' => array_keys($properties)]);
    }
}
