<?php

namespace App\Moderation\Classifier;

use App\Message\ModeratePhoto;
use App\Moderation\Verdict;

final class CaptionSpamClassifier extends Classifier
{
    public function name(): string
    {
        return 'caption-spam';
    }

    protected function score(ModeratePhoto $photo): Verdict
    {
        $links = preg_match_all('#https?://#i', $photo->caption);
        $score = min(1.0, $links * 0.35 + $this->infer($photo->caption) * 0.3);

        return new Verdict($score > 0.7 ? 'spam' : 'ham', $score);
    }
}
