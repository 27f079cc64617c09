<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/CheckInPet.php';
require __DIR__ . '/src/Boarding/Kennel.php';
require __DIR__ . '/src/Boarding/BoardingStay.php';
require __DIR__ . '/src/Boarding/KennelRepository.php';
require __DIR__ . '/src/Boarding/CheckInNotifier.php';
require __DIR__ . '/src/MessageHandler/CheckInPetHandler.php';

use App\Boarding\CheckInNotifier;
use App\Boarding\KennelRepository;
use App\Message\CheckInPet;
use App\MessageHandler\CheckInPetHandler;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryReceiver;
use Symfony\Component\Messenger\Worker;

$handler = new CheckInPetHandler(new KennelRepository(require __DIR__ . '/config/kennels.php'), new CheckInNotifier());
$bus = new MessageBus(new HandlersLocator([$handler]));

$codes = ['K-01', 'K-02', 'K-03', 'C-01'];
$receiver = new InMemoryReceiver((int) (getenv('PHPLEAK_N') ?: 100), static fn (int $i): CheckInPet => new CheckInPet(
    sprintf('BRD-%06d', 120000 + $i),
    $codes[$i % 4],
    ['Ruby', 'Bear', 'Poppy', 'Simba', 'Maple'][$i % 5] . " {$i}",
    $codes[$i % 4] === 'C-01' ? 'feline' : 'canine',
    sprintf('Owner %d', 52000 + $i),
    sprintf('Feed twice daily (%d g kibble), meds: %s. ', 150 + $i % 90, ['none', 'thyroxine 0.4 mg AM', 'apoquel 16 mg SID'][$i % 3])
        . str_repeat('Walk on lead only, anxious with loud noises, keep away from the cattery corridor. ', 3),
    1 + $i % 14,
));

(new Worker($receiver, $bus))->run();
