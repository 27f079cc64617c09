<?php

declare(strict_types=1);

namespace Symfony\Component\Security\Core\Authorization\Voter {

    interface VoterInterface
    {
        public const ACCESS_GRANTED = 1;
        public const ACCESS_ABSTAIN = 0;
        public const ACCESS_DENIED = -1;

        public function vote(array $token, mixed $subject, array $attributes): int;
    }

    abstract class Voter implements VoterInterface
    {
        public function vote(array $token, mixed $subject, array $attributes): int
        {
            $vote = self::ACCESS_ABSTAIN;
            foreach ($attributes as $attribute) {
                if (!$this->supports($attribute, $subject)) {
                    continue;
                }
                if ($this->voteOnAttribute($attribute, $subject, $token)) {
                    return self::ACCESS_GRANTED;
                }
                $vote = self::ACCESS_DENIED;
            }

            return $vote;
        }

        abstract protected function supports(string $attribute, mixed $subject): bool;

        abstract protected function voteOnAttribute(string $attribute, mixed $subject, array $token): bool;
    }
}

namespace App\Security {

    /**
     * Voters are asked several times per request for the same subject
     * (controller, twig is_granted(), serializer groups): memoize per subject.
     */
    trait MemoizesSubjectDecisions
    {
        /** @var array<string, array{subject: \WeakReference, granted: bool}> */
        private static array $decisions = [];

        private function remember(object $subject, string $attribute, \Closure $decide): bool
        {
            $key = spl_object_id($subject) . '|' . $attribute;
            $hit = self::$decisions[$key] ?? null;
            if ($hit !== null && $hit['subject']->get() === $subject) {
                return $hit['granted'];
            }
            $granted = $decide();
            self::$decisions[$key] = ['subject' => \WeakReference::create($subject), 'granted' => $granted];

            return $granted;
        }
    }
}

namespace App\Security\Voter {

    use App\Entity\Document;
    use App\Security\MemoizesSubjectDecisions;
    use Symfony\Component\Security\Core\Authorization\Voter\Voter;

    final class DocumentVoter extends Voter
    {
        use MemoizesSubjectDecisions;

        public const VIEW = 'DOCUMENT_VIEW';
        public const EDIT = 'DOCUMENT_EDIT';

        protected function supports(string $attribute, mixed $subject): bool
        {
            return $subject instanceof Document && in_array($attribute, [self::VIEW, self::EDIT], true);
        }

        protected function voteOnAttribute(string $attribute, mixed $subject, array $token): bool
        {
            return $this->remember($subject, $attribute, fn (): bool => match ($attribute) {
                self::VIEW => $subject->public || $subject->ownerId === $token['user_id'],
                self::EDIT => $subject->ownerId === $token['user_id'] || in_array('ROLE_EDITOR', $token['roles'], true),
            });
        }
    }
}

namespace App\Entity {

    final class Document
    {
        public function __construct(
            public readonly int $id,
            public readonly int $ownerId,
            public readonly string $title,
            public readonly string $body,
            public readonly bool $public,
        ) {
        }
    }
}

namespace App\Controller {

    use App\Entity\Document;
    use App\Security\Voter\DocumentVoter;
    use Symfony\Component\Security\Core\Authorization\Voter\VoterInterface;

    final class DocumentController
    {
        public function __construct(private readonly DocumentVoter $voter)
        {
        }

        public function show(array $request): array
        {
            $token = ['user_id' => $request['user'], 'roles' => $request['roles']];
            $document = $this->load((int) $request['id']);

            if ($this->voter->vote($token, $document, [DocumentVoter::VIEW]) !== VoterInterface::ACCESS_GRANTED) {
                return ['status' => 403];
            }
            $canEdit = $this->voter->vote($token, $document, [DocumentVoter::EDIT]) === VoterInterface::ACCESS_GRANTED;

            return ['status' => 200, 'body' => json_encode(['title' => $document->title, 'editable' => $canEdit])];
        }

        private function load(int $id): Document
        {
            // Doctrine find() stand-in; the entity manager is cleared after every request
            return new Document($id, $id % 7, 'Quarterly report ' . $id, str_repeat("Revenue line {$id}. ", 24), $id % 2 === 0);
        }
    }
}

namespace {

    use App\Controller\DocumentController;
    use App\Security\Voter\DocumentVoter;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $controller = new DocumentController(new DocumentVoter());

    for ($i = 0; $i < $n; $i++) {
        $controller->show(['id' => 1000 + $i, 'user' => $i % 7, 'roles' => $i % 5 === 0 ? ['ROLE_EDITOR'] : ['ROLE_USER']]);
    }
}
