<?php

namespace App\Command;

use App\Chat\ChatSocket;
use App\Chat\MessageDelivered;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\EventDispatcher\EventDispatcher;

#[AsCommand(name: 'app:chat:daemon', description: 'Relays chat messages and tracks delivery receipts')]
final class ChatDaemonCommand extends Command
{
    public function __construct(private ChatSocket $socket, private EventDispatcher $dispatcher) {}

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $max = (int) $input->getOption('max-messages');
        for ($i = 0; $i < $max; $i++) {
            $message = $this->socket->read();
            $this->dispatcher->addListener(MessageDelivered::class, function (MessageDelivered $event) use ($message): void { // leak
                if ($event->messageId === $message->id) {
                    $message->delivered = true;
                }
            });
            $output->writeln(sprintf('[%s] %s', $message->room, $message->body));
            $this->dispatcher->dispatch(new MessageDelivered($message->id));
        }

        return Command::SUCCESS;
    }
}
