<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine-lite/ArrayCollection.php';
require __DIR__ . '/vendor/messenger-lite/MessageBus.php';
require __DIR__ . '/src/Entity/ModerationFlag.php';
require __DIR__ . '/src/Entity/Review.php';
require __DIR__ . '/src/Moderation/Rules.php';
require __DIR__ . '/src/Moderation/ModerationPipeline.php';
require __DIR__ . '/src/Message/ModerateReview.php';
require __DIR__ . '/src/Repository/ModerationQueueRepository.php';
require __DIR__ . '/src/Handler/ModerateReviewHandler.php';

use App\Handler\ModerateReviewHandler;
use App\Message\ModerateReview;
use App\Moderation\BlockedWordsRule;
use App\Moderation\ExternalLinkRule;
use App\Moderation\ModerationPipeline;
use App\Moderation\RatingMismatchRule;
use App\Moderation\UnverifiedStayRule;
use App\Repository\ModerationQueueRepository;
use Symfony\Component\Messenger\MessageBus;

// messenger:consume reviews -- the bus and its handlers are built once.
$handler = new ModerateReviewHandler(
    new ModerationPipeline([
        new BlockedWordsRule(['scam', 'bedbugs', 'refund now']),
        new ExternalLinkRule(),
        new UnverifiedStayRule(),
        new RatingMismatchRule(),
    ]),
    new ModerationQueueRepository(),
);
$bus = new MessageBus([ModerateReview::class => [$handler]]);

$bodies = [
    'Lovely stay, the breakfast terrace is gorgeous and the staff remembered our names. Room was a bit noisy at night because of the street but we would come back.',
    'Booked through a third party, see my photos at https://photos.example.net/album/%d before you book. Pool area was fine, check-in took ages.',
    'Great location near the old town. Housekeeping was quick and friendly, and the late checkout for our flight was arranged without any fuss at all.',
    'The room was dirty when we arrived and the air conditioning was broken for two nights, reception offered a small discount after we complained twice.',
];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new ModerateReview([
        'id' => sprintf('rev_%06d', 300000 + $i),
        'property_id' => [501, 502, 517, 530][$i % 4],
        'booking_ref' => $i % 4 === 2 ? sprintf('BK%07d', $i) : null,
        'rating' => 3 + $i % 3,
        'title' => ['Would return', 'Mixed feelings', 'Perfect weekend', 'Not as advertised'][$i % 4] . " #$i",
        'body' => sprintf($bodies[$i % 4], $i),
        'author' => "Traveller {$i}",
    ]));
}
