<?php

namespace App\MessageHandler;

use App\Boarding\CheckInNotifier;
use App\Boarding\KennelRepository;
use App\Message\CheckInPet;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class CheckInPetHandler
{
    public function __construct(private KennelRepository $kennels, private CheckInNotifier $notifier)
    {
    }

    public function __invoke(CheckInPet $message): void
    {
        $kennel = $this->kennels->find($message->kennelCode);
        $stay = $kennel->openStay($message);
        $this->notifier->notifyOwner($message->ownerName, $stay->summary());
    }
}
