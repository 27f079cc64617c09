<?php

namespace App\Moderation\Classifier;

use App\Message\ModeratePhoto;
use App\Moderation\Verdict;

final class NudityClassifier extends Classifier
{
    public function name(): string
    {
        return 'nsfw-vit';
    }

    protected function score(ModeratePhoto $photo): Verdict
    {
        $score = $this->infer($photo->photoId);

        return new Verdict($score > 0.85 ? 'explicit' : ($score > 0.6 ? 'suggestive' : 'safe'), $score);
    }
}
