<?php

namespace App\Moderation\Classifier;

use App\Message\ModeratePhoto;
use App\Moderation\Verdict;

final class ViolenceClassifier extends Classifier
{
    public function name(): string
    {
        return 'gore-resnet';
    }

    protected function score(ModeratePhoto $photo): Verdict
    {
        $score = $this->infer($photo->photoId . $photo->width . 'x' . $photo->height);

        return new Verdict($score > 0.9 ? 'graphic' : 'none', $score);
    }
}
