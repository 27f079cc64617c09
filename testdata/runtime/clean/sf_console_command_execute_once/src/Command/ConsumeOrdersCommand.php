<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\EventDispatcher\EventDispatcherInterface;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

#[AsCommand(name: 'app:orders:consume', description: 'Consumes the shipping messages of the "async" transport')]
final class ConsumeOrdersCommand extends Command
{
    private int $handled = 0;

    /** @var list<string> */
    private array $startupNotes = [];

    public function __construct(private ReceiverInterface $transport, private MessageBusInterface $bus, private EventDispatcherInterface $dispatcher)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $this->dispatcher->addListener(WorkerMessageHandledEvent::class, function (WorkerMessageHandledEvent $event) use ($output): void {
            ++$this->handled;
            $output->writeln(sprintf('[%d] handled %s', $this->handled, $event->getEnvelope()->getMessage()::class));
        });
        $this->startupNotes[] = sprintf('consuming "async" since %s (pid %d)', date(\DATE_ATOM), getmypid());

        $worker = new Worker(['async' => $this->transport], $this->bus, $this->dispatcher);
        $worker->run();

        $output->writeln(sprintf('%d messages handled', $this->handled));

        return Command::SUCCESS;
    }
}
