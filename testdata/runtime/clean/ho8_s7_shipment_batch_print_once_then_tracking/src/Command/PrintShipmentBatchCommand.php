<?php

namespace App\Command;

use App\Shipping\ShipmentLabel;
use App\Shipping\ShipmentQueue;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:shipments:print-batch', description: 'Prints carrier labels for every shipment of today\'s pickup')]
final class PrintShipmentBatchCommand extends Command
{
    /** @var list<ShipmentLabel> */
    private array $printed = [];

    public function __construct(private ShipmentQueue $queue) {}

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        foreach ($this->queue->pending() as $message) {
            $label = new ShipmentLabel(
                strtoupper($message['carrier']) . sprintf('%012d', $message['order']),
                $message['carrier'],
                '^XA^FO50,50^FD' . $message['address'] . '^FS' . str_repeat('^FO50,100^GB700,3,3^FS', 20) . '^XZ',
            );
            $this->printed[] = $label;
            $output->writeln(sprintf('Printed %s', $label->trackingNumber));
        }
        $output->writeln(sprintf('%d labels printed', count($this->printed)));
        return Command::SUCCESS;
    }
}
