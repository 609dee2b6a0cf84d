package org.strengths.practice;

/** The kinds of learning a worker records. */
enum LearningKind {
  COURSE,
  ACTION_LEARNING_SET,
  INNOVATION_SITE
}
