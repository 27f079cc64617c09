<?php

namespace App\Command;

use App\Webhook\WebhookDelivery;
use App\Webhook\WebhookSender;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:webhooks:process', description: 'Long-running worker delivering queued webhooks.')]
final class ProcessWebhooksCommand extends Command
{
    private const EVENTS = ['invoice.paid', 'invoice.failed', 'subscription.created', 'subscription.cancelled', 'customer.updated'];

    public function __construct(private WebhookSender $sender, private string $secret)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $limit = (int) $input->getOption('limit');
        $failures = 0;

        for ($i = 0; $i < $limit; $i++) {
            $delivery = $this->nextDelivery($i);
            if (!$this->sender->deliver($delivery)) {
                $failures++;
                $output->writeln(sprintf('<error>Delivery %s failed</error>', $delivery->id));
            }
        }

        return $failures ? self::FAILURE : self::SUCCESS;
    }

    private function nextDelivery(int $sequence): WebhookDelivery
    {
        $id = sprintf('whd_%012d', $sequence);
        $event = self::EVENTS[$sequence % \count(self::EVENTS)];

        return new WebhookDelivery(
            $id,
            $event,
            sprintf('https://hooks.customer-%d.example.com/billing', $sequence % 50),
            ['account' => 'acct_' . md5((string) $sequence), 'amount' => sprintf('%.2f EUR', $sequence * 1.25)],
            hash_hmac('sha256', $id . $event, $this->secret),
        );
    }
}
