/** 双月检查 rounds: the 检查情况报告's numbers. The round's dates are in rectification/ (roundSchedule). */
export * from './summary';
