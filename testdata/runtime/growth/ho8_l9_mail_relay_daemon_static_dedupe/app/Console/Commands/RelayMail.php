<?php

namespace App\Console\Commands;

use App\Mail\InboundMailbox;
use App\Mail\RelayDeduplicator;
use Illuminate\Console\Command;

class RelayMail extends Command
{
    protected $signature = 'mail:relay {--daemon} {--max-messages=0 : Stop after relaying this many messages}';

    protected $description = 'Relay inbound support mail to the helpdesk, skipping duplicates';

    public function handle(InboundMailbox $mailbox): int
    {
        $max = (int) $this->option('max-messages');
        $relayed = 0;
        while ($this->option('daemon') && $relayed < $max) {
            $headers = $mailbox->fetch();
            $relayed++;
            if (RelayDeduplicator::alreadyRelayed($headers)) {
                continue;
            }
            $this->info("relayed {$headers['message_id']} ({$headers['subject']})");
        }

        return self::SUCCESS;
    }
}
